package org.fieldlaw.evidence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.fieldlaw.agency.Officer;
import org.fieldlaw.cases.CaseRecord;
import org.fieldlaw.cases.CaseRecordService;
import org.fieldlaw.cases.CaseService;
import org.fieldlaw.cases.EnforcementCase;
import org.fieldlaw.cases.model.CaseState;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.patrols.VisitEvidence;
import org.fieldlaw.security.Caller;

/**
 * The tus 1.0 upload of evidence: create, ask the offset, send bytes from the offset. Bytes are
 * stored piece by piece as they arrive, each piece committed with the upload's new offset, so a
 * connection that breaks mid-request keeps what arrived and the phone resumes from there. A
 * request that carried a checksum keeps nothing unless the checksum matches.
 */
@ApplicationScoped
public class UploadService {

    /** The step of evidence taken on a patrol's site visit, before or after the site became a case. */
    static final String SITE_VISIT_STEP = "SITE_VISIT";

    public record Progress(long offset, long length, boolean complete) {
    }

    private final EvidenceStore store;
    private final EvidenceConfig config;
    private final CaseService cases;
    private final CaseRecord record;
    private final VisitEvidence visits;
    private final Caller caller;
    private final Clock clock;

    UploadService(EvidenceStore store, EvidenceConfig config, CaseService cases, CaseRecord record, VisitEvidence visits, Caller caller,
            Clock clock) {
        this.visits = visits;
        this.store = store;
        this.config = config;
        this.cases = cases;
        this.record = record;
        this.caller = caller;
        this.clock = clock;
    }

    /** POST: a new upload for a case or a site visit (or the same one again, when the phone names its id in the metadata). */
    public UUID create(String lengthHeader, String metadataHeader) {
        long length = length(lengthHeader);
        Map<String, String> meta;
        try {
            meta = TusHeaders.metadata(metadataHeader);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("Upload-Metadata", "无法解析 (unreadable): " + e.getMessage());
        }
        UUID caseId = uuid(meta, "caseId", false);
        UUID visitId = uuid(meta, "visitId", false);
        if ((caseId == null) == (visitId == null)) {
            throw ApiException.invalid("Upload-Metadata", "caseId 或 visitId 须填写其一 (name either the case or the site visit)");
        }
        UUID id = meta.containsKey("id") ? uuid(meta, "id", true) : UUID.randomUUID();
        Officer me = caller.officer();
        return QuarkusTransaction.requiringNew().call(() -> {
            EnforcementCase c = caseId == null ? null : cases.visibleCase(caseId);
            VisitEvidence.Owner visit = visitId == null ? null : visits.visible(visitId);
            EvidenceUpload existing = EvidenceUpload.findById(id);
            if (existing != null) {
                boolean sameOwner = visitId != null ? visitId.equals(existing.siteVisitId) : caseId.equals(existing.caseId) && existing.siteVisitId == null;
                if (!sameOwner || existing.length != length) {
                    throw new ApiException(ProblemType.CONFLICT, "该上传编号已用于其他文件 (this upload id belongs to another file)");
                }
                return id;
            }
            if (c != null && c.state == CaseState.CLOSED || visit != null && visit.closed()) {
                throw new ApiException(ProblemType.CONFLICT, "案件或地块已办结，不能再添加证据 (the case or site is closed)");
            }
            EvidenceUpload u = new EvidenceUpload();
            u.id = id;
            if (visit != null) {
                u.siteVisitId = visitId;
                // A photo of a site that is a case already is that case's evidence too.
                u.caseId = visit.caseId();
                u.step = SITE_VISIT_STEP;
            } else {
                u.caseId = caseId;
                u.step = meta.getOrDefault("step", c.state.name());
                if (!validStep(u.step)) {
                    throw ApiException.invalid("Upload-Metadata", "step 不是案件步骤 (not a case step): " + u.step);
                }
            }
            u.mediaType = blankToNull(meta.get("filetype"));
            u.kind = kind(meta.get("kind"), u.mediaType);
            u.uploaderId = me.id;
            u.length = length;
            u.filename = blankToNull(meta.get("filename"));
            u.capturedAt = instant(meta.get("capturedAt"));
            u.latitude = number(meta, "latitude", -90, 90);
            u.longitude = number(meta, "longitude", -180, 180);
            u.accuracyM = number(meta, "accuracy", 0, 100_000);
            u.device = blankToNull(meta.get("device"));
            if (u.filename != null && u.filename.length() > 255 || u.device != null && u.device.length() > 128
                    || u.mediaType != null && u.mediaType.length() > 128) {
                throw ApiException.invalid("Upload-Metadata", "filename ≤ 255, device ≤ 128, filetype ≤ 128 个字符");
            }
            u.createdAt = OffsetDateTime.now(clock);
            u.persist();
            return id;
        });
    }

    /** HEAD: how much the service holds. */
    public Progress progress(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EvidenceUpload u = visible(id);
            return new Progress(u.received, u.length, u.complete());
        });
    }

    /** PATCH: bytes from {@code offset}; answers the new offset. */
    public Progress append(UUID id, String offsetHeader, String checksumHeader, InputStream body) {
        long offset = offset(offsetHeader);
        TusHeaders.Checksum checksum;
        try {
            checksum = TusHeaders.checksum(checksumHeader);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("Upload-Checksum", e.getMessage());
        }
        Officer me = caller.officer();
        EvidenceUpload start = QuarkusTransaction.requiringNew().call(() -> visible(id));
        if (start.complete()) {
            throw new ApiException(ProblemType.CONFLICT, "上传已完成 (the upload is complete)");
        }
        if (start.received != offset) {
            throw new ApiException(ProblemType.CONFLICT, "Upload-Offset " + offset + " 与已接收的 " + start.received
                    + " 字节不符 (offset does not match what the service holds)").with("uploadOffset", start.received);
        }
        long at = offset;
        byte[] buffer = new byte[config.pieceSize()];
        boolean cutOff = false;
        while (true) {
            int filled = 0;
            try {
                while (filled < buffer.length) {
                    int n = body.read(buffer, filled, buffer.length - filled);
                    if (n < 0) {
                        break;
                    }
                    filled += n;
                }
            } catch (IOException e) {
                // The link broke mid-request: what arrived is kept (tus core), unless a checksum must vouch for it.
                cutOff = true;
            }
            if (filled > 0) {
                if (at + filled > start.length) {
                    reset(id, offset);
                    throw new ApiException(ProblemType.TOO_LARGE, "发送的数据超过 Upload-Length " + start.length
                            + " (more bytes than the declared length)");
                }
                if (checksum != null) {
                    checksum.digest().update(buffer, 0, filled);
                }
                storePiece(id, at, buffer, filled);
                at += filled;
            }
            if (cutOff || filled < buffer.length) {
                break;
            }
        }
        if (checksum != null && (cutOff || !MessageDigest.isEqual(checksum.digest().digest(), checksum.expected()))) {
            reset(id, offset);
            if (cutOff) {
                return new Progress(offset, start.length, false);
            }
            throw new ApiException(ProblemType.CHECKSUM_MISMATCH, "数据校验和不符，本次发送的数据已丢弃 (checksum mismatch: this request's bytes were discarded)");
        }
        if (at == start.length) {
            seal(id, me);
            return new Progress(at, start.length, true);
        }
        return new Progress(at, start.length, false);
    }

    private void storePiece(UUID id, long at, byte[] buffer, int length) {
        QuarkusTransaction.requiringNew().run(() -> {
            // Advancing the offset only from where this request found it: a second request racing on the same upload loses.
            int moved = EvidenceUpload.update("received = received + ?1 where id = ?2 and received = ?3", (long) length, id, at);
            if (moved != 1) {
                throw new ApiException(ProblemType.CONFLICT, "另一个请求正在写入该上传 (another request is writing this upload)");
            }
            store.appendPiece(id, at, buffer, length);
        });
    }

    private void reset(UUID id, long offset) {
        QuarkusTransaction.requiringNew().run(() -> {
            store.truncate(id, offset);
            EvidenceUpload.update("received = ?1 where id = ?2", offset, id);
        });
    }

    private void seal(UUID id, Officer me) {
        QuarkusTransaction.requiringNew().run(() -> {
            EvidenceUpload u = EvidenceUpload.findById(id);
            if (u.caseId != null) {
                cases.lockForRecord(u.caseId);
            }
            EvidenceStore.Sealed sealed = store.seal(id);
            u.sha256 = sealed.sha256();
            u.completedAt = OffsetDateTime.now(clock);
            Map<String, Object> detail = recordDetail(u);
            if (u.caseId != null) {
                record.append(u.caseId, me, CaseRecordService.EVIDENCE_ATTACHED, detail, u.latitude, u.longitude);
            }
            if (u.siteVisitId != null) {
                visits.attached(u.siteVisitId, me, detail, u.latitude, u.longitude);
            }
        });
    }

    /** What a case's or site's record says of a file: enough to find it again and to prove it unchanged. */
    static Map<String, Object> recordDetail(EvidenceUpload u) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("evidenceId", u.id);
        detail.put("sha256", u.sha256);
        detail.put("size", u.length);
        detail.put("kind", u.kind);
        detail.put("step", u.step);
        detail.put("siteVisitId", u.siteVisitId);
        detail.put("filename", u.filename);
        detail.put("capturedAt", u.capturedAt == null ? null : u.capturedAt.toString());
        detail.put("device", u.device);
        return detail;
    }

    EvidenceUpload visible(UUID id) {
        EvidenceUpload u = EvidenceUpload.findById(id);
        if (u == null) {
            throw ApiException.notFound("上传 (upload)", id);
        }
        if (u.siteVisitId != null) {
            visits.visible(u.siteVisitId);
        } else {
            cases.visibleCase(u.caseId);
        }
        return u;
    }

    private long length(String header) {
        if (header == null || header.isBlank()) {
            throw ApiException.invalid("Upload-Length", "必填；不支持 Upload-Defer-Length (required; deferred length is not supported)");
        }
        long length;
        try {
            length = Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalid("Upload-Length", "须为整数 (an integer)");
        }
        if (length <= 0) {
            throw ApiException.invalid("Upload-Length", "须大于零 (more than zero)");
        }
        if (length > config.maxSize()) {
            throw new ApiException(ProblemType.TOO_LARGE, "文件超过上限 " + config.maxSize() + " 字节 (larger than Tus-Max-Size)");
        }
        return length;
    }

    private static long offset(String header) {
        try {
            long offset = Long.parseLong(header == null ? "" : header.trim());
            if (offset < 0) {
                throw new NumberFormatException();
            }
            return offset;
        } catch (NumberFormatException e) {
            throw ApiException.invalid("Upload-Offset", "必填，非负整数 (required, a non-negative integer)");
        }
    }

    private static EvidenceUpload.Kind kind(String given, String mediaType) {
        if (given != null && !given.isBlank()) {
            try {
                return EvidenceUpload.Kind.valueOf(given.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid("Upload-Metadata", "kind 应为 PHOTO, VIDEO, AUDIO 或 DOCUMENT");
            }
        }
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        if (type.startsWith("image/")) {
            return EvidenceUpload.Kind.PHOTO;
        }
        if (type.startsWith("video/")) {
            return EvidenceUpload.Kind.VIDEO;
        }
        return type.startsWith("audio/") ? EvidenceUpload.Kind.AUDIO : EvidenceUpload.Kind.DOCUMENT;
    }

    private static boolean validStep(String step) {
        try {
            CaseState.valueOf(step);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static UUID uuid(Map<String, String> meta, String key, boolean required) {
        String value = meta.get(key);
        if (value == null || value.isBlank()) {
            if (required) {
                throw ApiException.invalid("Upload-Metadata", key + " 必填 (required)");
            }
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("Upload-Metadata", key + " 不是 UUID (not a UUID)");
        }
    }

    private static Double number(Map<String, String> meta, String key, double min, double max) {
        String value = meta.get(key);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(value.trim());
            if (d < min || d > max || Double.isNaN(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw ApiException.invalid("Upload-Metadata", key + " 应为 " + min + " 到 " + max + " 之间的数 (a number in range)");
        }
    }

    private static OffsetDateTime instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("Upload-Metadata", "capturedAt 应为带时区的 ISO 8601 时间 (an ISO 8601 instant with offset)");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
