package org.fieldlaw.evidence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.records.Actor;
import org.fieldlaw.security.CurrentOfficer;

/**
 * The tus 1.0 upload of evidence: create, ask the offset, send bytes from the offset. Bytes are
 * stored piece by piece as they arrive (written once: the pieces become the file), each piece
 * committed with the upload's new offset, so a
 * connection that breaks mid-request keeps what arrived and the phone resumes from there. A
 * request that carried a checksum keeps nothing unless the checksum matches.
 */
@ApplicationScoped
public class UploadService {

    public record Progress(long offset, long length, boolean complete) {
    }

    private final EvidenceStore store;
    private final EvidenceConfig config;
    private final EvidenceOwners owners;
    private final EvidenceLines lines;
    private final CurrentOfficer officer;
    private final Clock clock;

    UploadService(EvidenceStore store, EvidenceConfig config, EvidenceOwners owners, EvidenceLines lines, CurrentOfficer officer,
            Clock clock) {
        this.store = store;
        this.config = config;
        this.owners = owners;
        this.lines = lines;
        this.officer = officer;
        this.clock = clock;
    }

    /** POST: a new upload for an owner (or the same one again, when the phone names its id in the metadata). */
    public UUID create(String lengthHeader, String metadataHeader) {
        UploadRequest r = UploadRequest.read(lengthHeader, metadataHeader, config.maxSize(), owners.byMetadataKey().keySet());
        EvidenceOwner kind = owners.byMetadataKey().get(r.ownerKey());
        UUID uploader = officer.id();
        return QuarkusTransaction.requiringNew().call(() -> {
            EvidenceOwner.Owner owner = kind.visible(r.ownerId());
            EvidenceUpload existing = EvidenceUpload.findById(r.id());
            if (existing != null) {
                if (!existing.owner().equals(new OwnerRef(kind.kind(), r.ownerId())) || existing.length != r.length()) {
                    throw new ApiException(ProblemType.CONFLICT, "该上传编号已用于其他文件 (this upload id belongs to another file)");
                }
                return r.id();
            }
            if (!owner.open()) {
                throw new ApiException(ProblemType.CONFLICT, "案件或地块已办结，不能再添加证据 (the case or site is closed)");
            }
            EvidenceUpload u = new EvidenceUpload();
            u.id = r.id();
            u.ownerKind = kind.kind();
            u.ownerId = r.ownerId();
            u.step = step(owner, r.step());
            u.kind = r.kind();
            u.uploaderId = uploader;
            u.length = r.length();
            u.filename = r.filename();
            u.mediaType = r.mediaType();
            u.capturedAt = r.capturedAt();
            u.latitude = r.latitude();
            u.longitude = r.longitude();
            u.accuracyM = r.accuracyM();
            u.device = r.device();
            u.createdAt = OffsetDateTime.now(clock);
            u.persist();
            EvidenceOwnerLink.link(u.owner(), u.id, u.createdAt);
            owner.sharedWith().forEach(other -> EvidenceOwnerLink.link(other, u.id, u.createdAt));
            return u.id;
        });
    }

    private static String step(EvidenceOwner.Owner owner, String requested) {
        if (owner.steps().isEmpty() || requested == null) {
            return owner.currentStep();
        }
        if (!owner.steps().contains(requested)) {
            throw ApiException.invalid("Upload-Metadata", "step 不是案件步骤 (not a step of the owner): " + requested);
        }
        return requested;
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
        long offset = TusHeaders.offset(offsetHeader);
        TusHeaders.Checksum checksum;
        try {
            checksum = TusHeaders.checksum(checksumHeader);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("Upload-Checksum", e.getMessage());
        }
        Actor by = new Actor(officer.id(), officer.name());
        EvidenceUpload start = QuarkusTransaction.requiringNew().call(() -> visible(id));
        if (start.complete()) {
            throw new ApiException(ProblemType.CONFLICT, "上传已完成 (the upload is complete)");
        }
        if (start.received != offset) {
            throw new ApiException(ProblemType.CONFLICT, "Upload-Offset " + offset + " 与已接收的 " + start.received
                    + " 字节不符 (offset does not match what the service holds)").with("uploadOffset", start.received);
        }
        long at = offset;
        byte[] buffer = new byte[(int) Math.min(config.pieceSize(), Math.max(1, start.length - offset))];
        // Hashed as it arrives when this request carries the whole file, as a phone's photo does.
        MessageDigest whole = offset == 0 ? PostgresEvidenceStore.sha256() : null;
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
                if (whole != null) {
                    whole.update(buffer, 0, filled);
                }
                if (at + filled == start.length) {
                    if (!cutOff && moreBytes(body)) {
                        reset(id, offset);
                        throw new ApiException(ProblemType.TOO_LARGE, "发送的数据超过 Upload-Length " + start.length
                                + " (more bytes than the declared length)");
                    }
                    if (checksum != null && !MessageDigest.isEqual(checksum.digest().digest(), checksum.expected())) {
                        reset(id, offset);
                        throw mismatch();
                    }
                    complete(id, store.put(id, at, buffer, filled), whole == null ? null : HexFormat.of().formatHex(whole.digest()),
                            start.length, by);
                    return new Progress(start.length, start.length, true);
                }
                record(id, store.put(id, at, buffer, filled));
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
            throw mismatch();
        }
        return new Progress(at, start.length, false);
    }

    private static ApiException mismatch() {
        return new ApiException(ProblemType.CHECKSUM_MISMATCH, "数据校验和不符，本次发送的数据已丢弃 (checksum mismatch: this request's bytes were discarded)");
    }

    private static boolean moreBytes(InputStream body) {
        try {
            return body.read() >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** The piece's bytes were put outside any transaction; one short transaction records them with the new offset. */
    private void record(UUID id, EvidenceStore.Piece piece) {
        try {
            QuarkusTransaction.requiringNew().run(() -> advance(id, piece));
        } catch (RuntimeException e) {
            store.abandon(piece);
            throw e;
        }
    }

    /**
     * The last piece, recorded and the file sealed in one transaction: a process killed between the two once left an
     * upload whose every byte had arrived (HEAD said so, and a tus client stops there) but that was never filed
     * (e2e/faults.py). When this request did not carry the whole file, the pieces are read back for the hash inside
     * that transaction, which sees its own last piece.
     */
    private void complete(UUID id, EvidenceStore.Piece last, String sha256, long size, Actor by) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                advance(id, last);
                seal(id, sha256 != null ? sha256 : store.hash(id), size, by);
            });
        } catch (RuntimeException e) {
            store.abandon(last);
            throw e;
        }
    }

    private void advance(UUID id, EvidenceStore.Piece piece) {
        // Advancing the offset only from where this request found it: a second request racing on the same upload loses.
        int moved = EvidenceUpload.update("received = received + ?1 where id = ?2 and received = ?3", (long) piece.length(), id, piece.offset());
        if (moved != 1) {
            throw new ApiException(ProblemType.CONFLICT, "另一个请求正在写入该上传 (another request is writing this upload)");
        }
        store.record(piece);
    }

    private void reset(UUID id, long offset) {
        QuarkusTransaction.requiringNew().run(() -> {
            store.truncate(id, offset);
            EvidenceUpload.update("received = ?1 where id = ?2", offset, id);
        });
    }

    /**
     * The file is whole: filed by its hash (its pieces become the file, nothing is copied), and entered
     * on the record of every owner it belongs to, the owner it was uploaded for first (a visit's site
     * before the case the site became). Only this short step, inside the caller's transaction, touches
     * the owners' records; no bytes move in it.
     */
    private void seal(UUID id, String sha256, long size, Actor by) {
        EvidenceUpload u = EvidenceUpload.findById(id);
        EvidenceStore.Sealed sealed = store.seal(id, sha256, size);
        u.sha256 = sealed.sha256();
        u.completedAt = OffsetDateTime.now(clock);
        List<OwnerRef> owned = new ArrayList<>(List.of(u.owner()));
        EvidenceOwnerLink.ofEvidence(id).stream().map(EvidenceOwnerLink::owner).filter(o -> !o.equals(u.owner())).forEach(owned::add);
        for (OwnerRef owner : owned) {
            lines.enter(u, owners.visible(owner).record(), by);
        }
    }

    private EvidenceUpload visible(UUID id) {
        EvidenceUpload u = EvidenceUpload.findById(id);
        if (u == null) {
            throw ApiException.notFound("上传 (upload)", id);
        }
        owners.visible(u.owner());
        return u;
    }
}
