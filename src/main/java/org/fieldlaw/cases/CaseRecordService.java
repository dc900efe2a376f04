package org.fieldlaw.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.fieldlaw.cases.CaseDto.RecordView;
import org.fieldlaw.cases.CaseDto.VerificationView;
import org.fieldlaw.records.RecordDto.Verification;
import org.fieldlaw.records.RecordVerifier;

/** Reading and proving a case's record, for anyone who may see the case. */
@ApplicationScoped
public class CaseRecordService {

    private final CaseService cases;
    private final RecordVerifier verifier;

    CaseRecordService(CaseService cases, RecordVerifier verifier) {
        this.cases = cases;
        this.verifier = verifier;
    }

    @Transactional
    public RecordView record(UUID id) {
        cases.visible(id);
        return new RecordView(id, verifier.entries(id));
    }

    @Transactional
    public VerificationView verify(UUID id) {
        cases.visible(id);
        Verification v = verifier.verify(id);
        return new VerificationView(id, v.intact(), v.entries(), v.brokenAt(), v.reason(), v.lastHash(), v.filesChecked(), v.fileFaults(),
                v.checkpoint());
    }
}
