package org.fieldlaw.agency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.fieldlaw.agency.OfficerDto.CertificateRequest;
import org.fieldlaw.agency.OfficerDto.CertificateView;
import org.fieldlaw.agency.OfficerDto.OfficerRequest;
import org.fieldlaw.agency.OfficerDto.OfficerView;
import org.fieldlaw.agency.OfficerDto.SuspensionRequest;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.common.Versions;

/**
 * The officer register, kept by bureau administrators inside their own jurisdiction. Records
 * of another jurisdiction are answered as not found, so their existence does not leak.
 */
@ApplicationScoped
public class OfficerService {

    private final Caller caller;
    private final JurisdictionDirectory directory;
    private final Clock clock;
    private final SignedInOfficers signedIn;
    private final RecentOfficers recent;

    OfficerService(Caller caller, JurisdictionDirectory directory, Clock clock, SignedInOfficers signedIn, RecentOfficers recent) {
        this.recent = recent;
        this.caller = caller;
        this.directory = directory;
        this.clock = clock;
        this.signedIn = signedIn;
    }

    @Transactional
    public List<OfficerView> list(UUID bodyId) {
        List<Officer> officers = bodyId == null
                ? Officer.list("order by username")
                : Officer.list("body.id = ?1 order by username", bodyId);
        return officers.stream().filter(o -> caller.covers(o.body.jurisdictionCode)).map(OfficerView::of).toList();
    }

    @Transactional
    public OfficerView get(UUID id) {
        return OfficerView.of(visibleOfficer(id, false));
    }

    @Transactional
    public OfficerView create(OfficerRequest request) {
        EnforcementBody body = bodyInScope(request.bodyId());
        if (Officer.count("username", request.username()) > 0) {
            throw new ApiException(ProblemType.CONFLICT, "用户名已被使用 (username already taken): " + request.username());
        }
        Officer officer = new Officer();
        officer.id = UUID.randomUUID();
        officer.username = request.username();
        officer.name = request.name();
        officer.body = body;
        officer.legalQualification = Boolean.TRUE.equals(request.legalQualification());
        officer.active = request.active() == null || request.active();
        officer.persistAndFlush();
        return OfficerView.of(officer);
    }

    @Transactional
    public OfficerView update(UUID id, long expectedVersion, OfficerRequest request) {
        Officer officer = visibleOfficer(id, true);
        Versions.check(officer.version, expectedVersion, OfficerView.of(officer));
        EnforcementBody body = bodyInScope(request.bodyId());
        if (!officer.username.equals(request.username()) && Officer.count("username", request.username()) > 0) {
            throw new ApiException(ProblemType.CONFLICT, "用户名已被使用 (username already taken): " + request.username());
        }
        if (!officer.username.equals(request.username())) {
            // A new username is a new sign-in: the old identity's subject must not keep mapping here.
            officer.subject = null;
        }
        officer.username = request.username();
        officer.name = request.name();
        officer.body = body;
        officer.legalQualification = Boolean.TRUE.equals(request.legalQualification());
        officer.active = request.active() == null || request.active();
        officer.persistAndFlush();
        signedIn.forget(officer.id);
        recent.forget(officer.id);
        return OfficerView.of(officer);
    }

    @Transactional
    public List<CertificateView> certificates(UUID officerId, LocalDate on) {
        visibleOfficer(officerId, false);
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        return EnforcementCertificate.ofOfficer(officerId).stream().map(c -> CertificateView.of(c, day)).toList();
    }

    @Transactional
    public CertificateView addCertificate(UUID officerId, CertificateRequest request) {
        visibleOfficer(officerId, true);
        checkCertificate(request);
        if (EnforcementCertificate.count("number", request.number()) > 0) {
            throw new ApiException(ProblemType.CONFLICT, "执法证号已存在 (certificate number already registered): " + request.number());
        }
        EnforcementCertificate c = new EnforcementCertificate();
        c.id = UUID.randomUUID();
        c.officerId = officerId;
        apply(c, request);
        c.persistAndFlush();
        return CertificateView.of(c, LocalDate.now(clock));
    }

    @Transactional
    public CertificateView updateCertificate(UUID officerId, UUID certificateId, long expectedVersion, CertificateRequest request) {
        EnforcementCertificate c = certificateOf(officerId, certificateId);
        Versions.check(c.version, expectedVersion, CertificateView.of(c, LocalDate.now(clock)));
        checkCertificate(request);
        if (!c.number.equals(request.number()) && EnforcementCertificate.count("number", request.number()) > 0) {
            throw new ApiException(ProblemType.CONFLICT, "执法证号已存在 (certificate number already registered): " + request.number());
        }
        apply(c, request);
        c.persistAndFlush();
        return CertificateView.of(c, LocalDate.now(clock));
    }

    @Transactional
    public CertificateView suspend(UUID officerId, UUID certificateId, SuspensionRequest request) {
        EnforcementCertificate c = certificateOf(officerId, certificateId);
        if (request.from().isBefore(c.validFrom) || request.from().isAfter(c.validTo)) {
            throw ApiException.invalid("from", "暂停日期须在有效期内 (the suspension must start within the validity period)");
        }
        c.suspendedFrom = request.from();
        c.suspensionReason = request.reason();
        c.persistAndFlush();
        return CertificateView.of(c, LocalDate.now(clock));
    }

    @Transactional
    public CertificateView reinstate(UUID officerId, UUID certificateId) {
        EnforcementCertificate c = certificateOf(officerId, certificateId);
        c.suspendedFrom = null;
        c.suspensionReason = null;
        c.persistAndFlush();
        return CertificateView.of(c, LocalDate.now(clock));
    }

    private void apply(EnforcementCertificate c, CertificateRequest request) {
        c.number = request.number();
        c.issuingAuthority = request.issuingAuthority();
        c.fields = request.fields().stream().distinct().toArray(String[]::new);
        c.areaCode = request.areaCode();
        c.validFrom = request.validFrom();
        c.validTo = request.validTo();
    }

    private void checkCertificate(CertificateRequest request) {
        if (request.validTo().isBefore(request.validFrom())) {
            throw ApiException.invalid("validTo", "有效期止不得早于有效期起 (validTo must not be before validFrom)");
        }
        if (directory.tree().find(request.areaCode()).isEmpty()) {
            throw ApiException.invalid("areaCode", "未知的行政区划代码 (unknown jurisdiction code): " + request.areaCode());
        }
        caller.requireWithin(request.areaCode());
    }

    private EnforcementCertificate certificateOf(UUID officerId, UUID certificateId) {
        visibleOfficer(officerId, true);
        EnforcementCertificate c = EnforcementCertificate.findById(certificateId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || !c.officerId.equals(officerId)) {
            throw ApiException.notFound("执法证 (certificate)", certificateId);
        }
        return c;
    }

    private Officer visibleOfficer(UUID id, boolean forUpdate) {
        Officer officer = forUpdate ? Officer.findById(id, LockModeType.PESSIMISTIC_WRITE) : Officer.findById(id);
        if (officer == null || !caller.covers(officer.body.jurisdictionCode)) {
            throw ApiException.notFound("执法人员 (officer)", id);
        }
        return officer;
    }

    private EnforcementBody bodyInScope(UUID bodyId) {
        EnforcementBody body = EnforcementBody.findById(bodyId);
        if (body == null) {
            throw ApiException.invalid("bodyId", "执法主体不存在 (no such enforcement body): " + bodyId);
        }
        caller.requireWithin(body.jurisdictionCode);
        return body;
    }
}
