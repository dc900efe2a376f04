package org.fieldlaw.discretion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.agency.model.JurisdictionLevel;
import org.fieldlaw.agency.model.JurisdictionTree;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.Problem;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.common.StoredJson;
import org.fieldlaw.discretion.model.AuthorityLevel;
import org.fieldlaw.discretion.model.Baseline;
import org.fieldlaw.discretion.model.BaselineLayers;
import org.fieldlaw.discretion.model.BaselineRow;
import org.fieldlaw.discretion.model.RefinementCheck;
import org.fieldlaw.discretion.model.SearchGrams;
import org.fieldlaw.discretion.model.Violation;
import org.fieldlaw.security.BureauKeys;

/**
 * Lands a bureau's signed bundle: signature first (by a key of the same bureau), then shape,
 * scope (a county touches only its own county), version order and the refinement rule; then the
 * whole bundle in one transaction, or nothing. Every attempt is audited, landed or not.
 */
@ApplicationScoped
public class BundleImportService {

    private final BureauKeys keys;
    private final JurisdictionDirectory directory;
    private final BaselineIndex index;
    private final ObjectMapper mapper;
    private final EntityManager em;
    private final BaselineChangeListener changes;

    BundleImportService(BureauKeys keys, JurisdictionDirectory directory, BaselineIndex index, ObjectMapper mapper,
            EntityManager em, BaselineChangeListener changes) {
        this.keys = keys;
        this.directory = directory;
        this.index = index;
        this.mapper = mapper;
        this.em = em;
        this.changes = changes;
    }

    public ImportResult importBundle(UUID bureauId, String bureauJurisdiction, String jws) {
        String compact = jws == null ? "" : jws.trim();
        String digest = sha256(compact);
        String kid = BundleSignature.keyId(compact);
        try {
            ImportResult result = QuarkusTransaction.requiringNew().call(() -> land(bureauId, bureauJurisdiction, compact, digest, kid));
            audit(bureauId, kid, digest, result.outcome(), result.bundleId(), null);
            if (result.outcome() == BundleImportAudit.Outcome.IMPORTED) {
                index.reload();
            }
            return result;
        } catch (ApiException e) {
            audit(bureauId, kid, digest, BundleImportAudit.Outcome.REJECTED, null, e.type().uri() + ": " + e.getMessage());
            throw e;
        }
    }

    private ImportResult land(UUID bureauId, String bureauJurisdiction, String compact, String digest, String kid) {
        BaselineBundle existing = BaselineBundle.find("digest", digest).firstResult();
        if (existing != null) {
            return result(BundleImportAudit.Outcome.DUPLICATE, existing, -1, -1);
        }
        if (kid == null) {
            throw new ApiException(ProblemType.BAD_SIGNATURE, "请求体不是 JWS 紧凑格式或缺少 kid (not a compact JWS with a kid header)");
        }
        BureauKeys.ActiveKey key = keys.find(kid)
                .filter(k -> k.bodyId().equals(bureauId))
                .orElseThrow(() -> new ApiException(ProblemType.BAD_SIGNATURE,
                        "密钥 " + kid + " 未登记或不属于本单位 (key not registered to your bureau)"));
        String payload = BundleSignature.verifiedPayload(compact, key.publicKey())
                .orElseThrow(() -> new ApiException(ProblemType.BAD_SIGNATURE, "签名验证失败 (the signature does not verify)"));

        BundleDocument doc;
        try {
            doc = mapper.readValue(payload, BundleDocument.class);
        } catch (JsonProcessingException e) {
            throw new ApiException(ProblemType.MALFORMED_JSON, "基准包内容不是有效的 JSON (the bundle payload is not valid JSON)");
        }
        List<BundleMapper.Fault> faults = new ArrayList<>();
        BundleMapper.Mapped bundle = BundleMapper.map(doc, faults);
        if (bundle == null) {
            throw new ApiException(ProblemType.VALIDATION, "基准包有 " + faults.size() + " 处错误 (the bundle has errors)",
                    faults.stream().map(f -> new Problem.Violation(f.path(), f.message())).toList());
        }
        checkScope(bundle, bureauJurisdiction);
        // The same document signed again is the same bundle: an ECDSA signature differs at every signing,
        // and a bureau that retries signs afresh, so the signed bytes cannot say it. Compared as JSON: the
        // stored copy is jsonb, which keeps the content but not the spacing or the order of keys.
        BaselineBundle same = BaselineBundle.find("authorityCode = ?1 and version = ?2", bundle.authorityCode(), bundle.version())
                .firstResult();
        if (same != null && StoredJson.read(mapper, same.payload).equals(StoredJson.read(mapper, payload))) {
            return result(BundleImportAudit.Outcome.DUPLICATE, same, -1, -1);
        }
        checkVersion(bundle, digest);

        List<Baseline> upper = upperLayers(bundle);
        Baseline parents = upper.isEmpty() ? null : BaselineLayers.compose(upper);
        Map<String, Violation> violations = new HashMap<>(parents == null ? Map.of() : parents.violations());
        bundle.violations().forEach(v -> violations.put(v.code(), v));
        Map<String, BaselineRow> parentRows = parents == null ? Map.of()
                : parents.rows().stream().collect(Collectors.toMap(BaselineRow::id, Function.identity()));
        List<RefinementCheck.Fault> refinement = new ArrayList<>(RefinementCheck.check(bundle.rows(), parentRows, violations));
        bundle.lists().stream().filter(l -> !violations.containsKey(l.violationCode()))
                .forEach(l -> refinement.add(new RefinementCheck.Fault("lists", "未知的违法行为编码 (unknown violation) " + l.violationCode())));
        if (!refinement.isEmpty()) {
            throw new ApiException(ProblemType.REFINEMENT, "有 " + refinement.size() + " 处超出上级或法定标准，整包未导入 (nothing was imported)",
                    refinement.stream().map(f -> new Problem.Violation("rows." + f.rowId(), f.message())).toList());
        }

        BaselineBundle stored = new BaselineBundle();
        stored.id = UUID.randomUUID();
        stored.bodyId = bureauId;
        stored.authorityLevel = bundle.level().name();
        stored.authorityCode = bundle.authorityCode();
        stored.baselineName = bundle.baselineName();
        stored.version = bundle.version();
        stored.effectiveFrom = bundle.effectiveFrom();
        stored.digest = digest;
        stored.kid = kid;
        stored.payload = payload;
        stored.jws = compact;
        stored.receivedAt = OffsetDateTime.now();
        stored.persist();
        for (Violation v : bundle.violations()) {
            IndexedViolation row = new IndexedViolation();
            row.bundleId = stored.id;
            row.code = v.code();
            row.name = v.name();
            row.field = v.field();
            row.matterCode = v.matterCode();
            row.breachedProvision = v.breachedProvision();
            row.penaltyProvision = v.penaltyProvision();
            row.searchGrams = SearchGrams.ofText(v.code(), v.name(), v.breachedProvision(), v.penaltyProvision()).toArray(String[]::new);
            row.searchText = SearchGrams.searchText(v.code(), v.name(), v.breachedProvision(), v.penaltyProvision());
            row.persist();
        }
        em.flush();
        changes.announce(stored.id);
        return result(BundleImportAudit.Outcome.IMPORTED, stored, bundle.violations().size(), bundle.rows().size());
    }

    private void checkScope(BundleMapper.Mapped bundle, String bureauJurisdiction) {
        if (!bundle.authorityCode().equals(bureauJurisdiction)) {
            throw new ApiException(ProblemType.OUTSIDE_JURISDICTION, "本单位只能发布 " + bureauJurisdiction + " 的基准，包中为 "
                    + bundle.authorityCode() + " (a bureau publishes only its own jurisdiction's baseline)");
        }
        JurisdictionLevel level = directory.tree().find(bureauJurisdiction).map(JurisdictionTree.Node::level).orElseThrow();
        if (!level.name().equals(bundle.level().name())) {
            throw ApiException.invalid("authority.level", "应为 " + level + " (the bureau's level)");
        }
    }

    private void checkVersion(BundleMapper.Mapped bundle, String digest) {
        BaselineBundle same = BaselineBundle.find("authorityCode = ?1 and version = ?2", bundle.authorityCode(), bundle.version())
                .firstResult();
        if (same != null) {
            throw new ApiException(ProblemType.CONFLICT, "第 " + bundle.version() + " 版已存在且内容不同 (this version exists with other content)")
                    .with("existingDigest", same.digest).with("digest", digest);
        }
        Optional<BaselineBundle> latest = BaselineBundle.<BaselineBundle>find("authorityCode = ?1 order by version desc",
                bundle.authorityCode()).firstResultOptional();
        if (latest.isPresent() && (latest.get().version > bundle.version()
                || bundle.effectiveFrom().isBefore(latest.get().effectiveFrom))) {
            throw new ApiException(ProblemType.CONFLICT, "版本须递增且施行日期不早于第 " + latest.get().version + " 版的 "
                    + latest.get().effectiveFrom + " (versions must increase, effective dates must not go back)");
        }
    }

    /** The composed layers above the bundle's authority, in force on its effective date. */
    private List<Baseline> upperLayers(BundleMapper.Mapped bundle) {
        if (bundle.level() == AuthorityLevel.PROVINCE) {
            return List.of();
        }
        String parent = directory.tree().find(bundle.authorityCode()).map(JurisdictionTree.Node::parentCode).orElse(null);
        if (parent == null) {
            return List.of();
        }
        return index.layersFor(parent, bundle.effectiveFrom()).stream().map(BaselineIndex.Layer::baseline).toList();
    }

    private static ImportResult result(BundleImportAudit.Outcome outcome, BaselineBundle b, int violations, int rows) {
        return new ImportResult(outcome, b.id, b.authorityCode, b.baselineName, b.version, b.effectiveFrom,
                violations < 0 ? (int) IndexedViolation.count("bundleId", b.id) : violations, rows < 0 ? null : rows, b.digest);
    }

    private void audit(UUID bureauId, String kid, String digest, BundleImportAudit.Outcome outcome, UUID bundleId, String detail) {
        QuarkusTransaction.requiringNew().run(() -> {
            BundleImportAudit a = new BundleImportAudit();
            a.id = UUID.randomUUID();
            a.bodyId = bureauId;
            a.kid = kid == null ? null : kid.substring(0, Math.min(kid.length(), 128));
            a.digest = digest;
            a.outcome = outcome;
            a.bundleId = bundleId;
            a.detail = detail;
            a.at = OffsetDateTime.now();
            a.persist();
        });
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
