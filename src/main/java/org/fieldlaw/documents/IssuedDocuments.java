package org.fieldlaw.documents;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.documents.DocumentDto.DocumentView;
import org.fieldlaw.documents.model.ServiceMethod;
import org.fieldlaw.evidence.EvidenceService;
import org.fieldlaw.records.Actor;
import org.fieldlaw.records.RecordActions;
import org.fieldlaw.records.RecordAppender;
import org.fieldlaw.records.RecordLine;
import org.fieldlaw.records.RecordRef;

/**
 * Issuing freezes a document: signed for its body, its bytes kept in the evidence store by SHA-256, that hash
 * and its number on the owner's full-process record, and a row no one can change but to mark it replaced by a
 * correction. Service is recorded per document in the same way. The feature that issues (a case) has checked
 * the caller and its procedure first; every method runs inside its transaction.
 */
@ApplicationScoped
public class IssuedDocuments {

    private static final ZoneId LEGAL_ZONE = ZoneId.of("Asia/Shanghai");

    /**
     * What to issue. {@code owner}: the record it goes on, whose id owns the document; {@code subject}: what it
     * is about inside the owner when a kind is issued more than once ('' otherwise); {@code replaces}: the
     * document in force that this one corrects.
     */
    public record Issue(UUID id, RecordRef owner, String kind, String subject, String title, String number, String paper, byte[] rendered,
            DocumentSigner.Signatory signatory, UUID replaces, String requestDigest) {
    }

    /** The document with its service; {@code created} false when the same service was recorded before under the same id. */
    public record Served(DocumentView document, boolean created) {
    }

    public record Service(UUID id, ServiceMethod method, LocalDate servedOn, String recipient, String place, String witness,
            String consentReference, String requestDigest) {
    }

    private final DocumentSigner signer;
    private final EvidenceService evidence;
    private final RecordAppender records;
    private final Clock clock;

    IssuedDocuments(DocumentSigner signer, EvidenceService evidence, RecordAppender records, Clock clock) {
        this.signer = signer;
        this.evidence = evidence;
        this.records = records;
        this.clock = clock;
    }

    public DocumentView issue(Issue order, Actor by) {
        Optional<IssuedDocument> current = IssuedDocument.inForce(order.owner().id(), order.kind(), order.subject());
        if (order.replaces() == null && current.isPresent()) {
            throw new ApiException(ProblemType.CONFLICT, order.title() + "已出具（" + current.get().number + "），如需更正，请出具更正文书并指明所替代的文书"
                    + " (already issued; a correction names the document it replaces)").with("issued", current.get().id);
        }
        if (order.replaces() != null && (current.isEmpty() || !current.get().id.equals(order.replaces()))) {
            throw new ApiException(ProblemType.CONFLICT, "所替代的文书不是本案现行有效的" + order.title()
                    + " (the document replaced must be the one of this kind in force)").with("inForce", current.map(d -> d.id).orElse(null));
        }
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        DocumentSigner.Signed signed = signer.sign(order.rendered(), order.signatory(), order.title() + " " + order.number(), now.toInstant());
        String sha256 = evidence.keep(signed.pdf());
        if (order.replaces() != null) {
            // Before the correction is written: one document of a kind is in force at a time (a unique index).
            Panache.getEntityManager().createNativeQuery("update issued_document set replaced_by = ?1 where id = ?2 and replaced_by is null")
                    .setParameter(1, order.id()).setParameter(2, order.replaces()).executeUpdate();
        }
        IssuedDocument d = new IssuedDocument();
        d.id = order.id();
        d.ownerKind = order.owner().kind();
        d.ownerId = order.owner().id();
        d.kind = order.kind();
        d.subject = order.subject();
        d.title = order.title();
        d.number = order.number();
        d.paper = order.paper();
        d.renderedSha256 = sha256(order.rendered());
        d.renderedSize = order.rendered().length;
        d.sha256 = sha256;
        d.size = signed.pdf().length;
        d.signedBy = signed.signer();
        d.issuedAt = now;
        d.issuedBy = by.id();
        d.issuedByName = by.name();
        d.replaces = order.replaces();
        d.requestDigest = order.requestDigest();
        d.persist();
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("documentId", d.id);
        line.put("kind", d.kind);
        line.put("title", d.title);
        line.put("number", d.number);
        line.put("sha256", d.sha256);
        line.put("renderedSha256", d.renderedSha256);
        line.put("signedBy", d.signedBy);
        if (d.replaces != null) {
            line.put("replaces", d.replaces);
        }
        records.append(order.owner(), by, RecordLine.of(RecordActions.DOCUMENT_ISSUED, line));
        return DocumentView.of(d, null);
    }

    /**
     * The next number of a series (issuing body, mark and year) for documents that do not take a case's number;
     * in the issuing transaction, so an issue that fails leaves no gap.
     */
    public int nextSerial(String series) {
        return ((Number) Panache.getEntityManager().createNativeQuery(
                "insert into document_series (series, last) values (?1, 1) on conflict (series) do update set last = document_series.last + 1 returning last")
                .setParameter(1, series).getSingleResult()).intValue();
    }

    /** The document stored under a client's id for a resent issue: empty when none, 409 when the id holds another request. */
    public Optional<DocumentView> stored(UUID id, UUID ownerId, String requestDigest) {
        IssuedDocument d = IssuedDocument.findById(id);
        if (d == null) {
            return Optional.empty();
        }
        if (!d.ownerId.equals(ownerId) || !d.requestDigest.equals(requestDigest)) {
            throw new ApiException(ProblemType.CONFLICT, "该编号已用于另一份文书 (this id holds another document)").with("stored", d.id);
        }
        return Optional.of(view(d));
    }

    /** An owner's documents as issued, oldest first, each with its service. */
    public List<DocumentView> of(UUID ownerId) {
        List<IssuedDocument> docs = IssuedDocument.ofOwner(ownerId);
        Map<UUID, ServiceRecord> served = ServiceRecord.ofDocuments(docs.stream().map(d -> d.id).toList()).stream()
                .collect(Collectors.toMap(s -> s.documentId, Function.identity()));
        return docs.stream().map(d -> DocumentView.of(d, served.get(d.id))).toList();
    }

    /** One of an owner's documents; 404 when it is not theirs. */
    public DocumentView one(UUID ownerId, UUID documentId) {
        return view(owned(ownerId, documentId));
    }

    /** The document of a kind (and subject) in force, if issued. */
    public Optional<DocumentView> inForce(UUID ownerId, String kind, String subject) {
        return IssuedDocument.inForce(ownerId, kind, subject).map(this::view);
    }

    /** Writes the document as issued, signature and all. */
    public void write(UUID ownerId, UUID documentId, OutputStream out) {
        evidence.write(owned(ownerId, documentId).sha256, out);
    }

    /**
     * Records how the document was served. Only a document in force is served; the day lies between its issue
     * and today; a witness for one left at the address, the party's consent for electronic service.
     */
    public Served serve(UUID ownerId, UUID documentId, Service service, Actor by) {
        IssuedDocument d = owned(ownerId, documentId);
        ServiceRecord stored = ServiceRecord.findById(service.id());
        if (stored != null) {
            if (!stored.documentId.equals(documentId) || !stored.requestDigest.equals(service.requestDigest())) {
                throw new ApiException(ProblemType.CONFLICT, "该编号已用于另一次送达 (this id holds another service)").with("stored", stored.id);
            }
            return new Served(view(d), false);
        }
        ServiceRecord earlier = ServiceRecord.find("documentId", documentId).firstResult();
        if (earlier != null) {
            throw new ApiException(ProblemType.CONFLICT, d.title + "已于" + earlier.servedOn + "送达 (already served)").with("service", earlier.id);
        }
        if (!d.inForce()) {
            throw new ApiException(ProblemType.CONFLICT, d.title + "已被更正文书替代，应送达更正后的文书 (replaced by a correction: serve that one)")
                    .with("replacedBy", d.replacedBy);
        }
        LocalDate today = LocalDate.now(clock.withZone(LEGAL_ZONE));
        if (service.servedOn().isBefore(d.issuedAt.atZoneSameInstant(LEGAL_ZONE).toLocalDate()) || service.servedOn().isAfter(today)) {
            throw ApiException.invalid("servedOn", "送达日期须在文书出具之日与今天之间 (between the day of issue and today)");
        }
        if (service.method().needsWitness() && blank(service.witness())) {
            throw ApiException.invalid("witness", "留置送达须写明见证人 (service left at the address needs a witness)");
        }
        if (service.method().needsConsent() && blank(service.consentReference())) {
            throw ApiException.invalid("consentReference", "电子送达须经当事人同意并签订确认书 (electronic service needs the party's written consent)");
        }
        ServiceRecord s = new ServiceRecord();
        s.id = service.id();
        s.documentId = documentId;
        s.method = service.method();
        s.servedOn = service.servedOn();
        s.recipient = service.recipient();
        s.place = service.place();
        s.witness = service.witness();
        s.consentReference = service.consentReference();
        s.recordedAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        s.recordedBy = by.id();
        s.recordedByName = by.name();
        s.requestDigest = service.requestDigest();
        s.persist();
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("documentId", d.id);
        line.put("number", d.number);
        line.put("method", s.method.name());
        line.put("servedOn", s.servedOn.toString());
        line.put("recipient", s.recipient);
        records.append(new RecordRef(d.ownerKind, d.ownerId), by, RecordLine.of(RecordActions.DOCUMENT_SERVED, line));
        return new Served(DocumentView.of(d, s), true);
    }

    private DocumentView view(IssuedDocument d) {
        return DocumentView.of(d, ServiceRecord.find("documentId", d.id).firstResult());
    }

    private static IssuedDocument owned(UUID ownerId, UUID documentId) {
        IssuedDocument d = IssuedDocument.findById(documentId);
        if (d == null || !d.ownerId.equals(ownerId)) {
            throw ApiException.notFound("文书 (document)", documentId);
        }
        return d;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
