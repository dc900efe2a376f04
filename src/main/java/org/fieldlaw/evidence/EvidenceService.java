package org.fieldlaw.evidence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.util.List;
import java.util.UUID;
import org.fieldlaw.cases.CaseService;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.patrols.VisitEvidence;

/** Reading evidence, for anyone who may see the case or the site visit it belongs to. */
@ApplicationScoped
public class EvidenceService {

    private final EvidenceStore store;
    private final CaseService cases;
    private final VisitEvidence visits;

    EvidenceService(EvidenceStore store, CaseService cases, VisitEvidence visits) {
        this.store = store;
        this.cases = cases;
        this.visits = visits;
    }

    @Transactional
    public List<EvidenceUpload> ofCase(UUID caseId) {
        cases.visibleCase(caseId);
        return EvidenceUpload.ofCase(caseId);
    }

    @Transactional
    public EvidenceUpload completed(UUID id) {
        EvidenceUpload u = EvidenceUpload.findById(id);
        if (u == null) {
            throw ApiException.notFound("证据 (evidence)", id);
        }
        if (u.siteVisitId != null) {
            visits.visible(u.siteVisitId);
        } else {
            cases.visibleCase(u.caseId);
        }
        if (!u.complete()) {
            throw new ApiException(ProblemType.CONFLICT, "上传尚未完成：已收到 " + u.received + " / " + u.length + " 字节 (upload incomplete)");
        }
        return u;
    }

    public void write(String sha256, OutputStream out) {
        QuarkusTransaction.requiringNew().run(() -> store.copy(sha256, out));
    }
}
