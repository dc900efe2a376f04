package org.fieldlaw.discretion;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.agency.model.JurisdictionTree;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.discretion.model.BaselineDiff;
import org.fieldlaw.discretion.model.BaselineRow;

/**
 * The baseline versions a bureau administrator oversees: every version received for the authorities above
 * and below the caller's jurisdiction (the province's and city's that apply to it, the counties' under it),
 * and what changed between two versions of one authority, row by row.
 */
@ApplicationScoped
public class BaselineVersions {

    @RegisterForReflection
    public record VersionView(String authorityCode, String authorityName, String level, String baselineName, int version, LocalDate effectiveFrom,
            OffsetDateTime receivedAt, String kid) {
    }

    @RegisterForReflection
    public record Comparison(VersionView older, VersionView newer, List<BaselineDiff.RowChange> changes) {
    }

    private final Caller caller;
    private final JurisdictionDirectory directory;
    private final ObjectMapper mapper;

    BaselineVersions(Caller caller, JurisdictionDirectory directory, ObjectMapper mapper) {
        this.caller = caller;
        this.directory = directory;
        this.mapper = mapper;
    }

    /** Newest first within each authority, authorities from the top of the tree down. */
    @Transactional
    public List<VersionView> versions() {
        List<String> authorities = visibleAuthorities();
        return BaselineBundle.<BaselineBundle>list("authorityCode in ?1 order by authorityCode, version desc", authorities).stream()
                .sorted(java.util.Comparator.comparingInt((BaselineBundle b) -> authorities.indexOf(b.authorityCode)).thenComparing(b -> -b.version))
                .map(this::view).toList();
    }

    @Transactional
    public Comparison compare(String authorityCode, int olderVersion, int newerVersion) {
        if (!visibleAuthorities().contains(authorityCode)) {
            throw ApiException.notFound("基准制定机关 (authority)", authorityCode);
        }
        if (olderVersion >= newerVersion) {
            throw ApiException.invalid("from", "比较的旧版本须早于新版本 (the older version must come before the newer)");
        }
        BaselineBundle older = bundle(authorityCode, olderVersion);
        BaselineBundle newer = bundle(authorityCode, newerVersion);
        return new Comparison(view(older), view(newer), BaselineDiff.between(rows(older), rows(newer)));
    }

    private List<String> visibleAuthorities() {
        JurisdictionTree tree = directory.tree();
        String mine = caller.jurisdictionCode();
        List<String> codes = new ArrayList<>(tree.pathTo(mine).stream().map(JurisdictionTree.Node::code).toList());
        tree.subtree(mine).stream().filter(c -> !codes.contains(c)).forEach(codes::add);
        return codes;
    }

    private static BaselineBundle bundle(String authorityCode, int version) {
        return BaselineBundle.<BaselineBundle>find("authorityCode = ?1 and version = ?2", authorityCode, version).firstResultOptional()
                .orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "没有该版本的裁量基准 (no such baseline version): " + authorityCode + " v" + version));
    }

    private List<BaselineRow> rows(BaselineBundle bundle) {
        try {
            BundleMapper.Mapped m = BundleMapper.map(mapper.readValue(bundle.payload, BundleDocument.class), new ArrayList<>());
            if (m == null) {
                throw new IllegalStateException("stored bundle " + bundle.id + " no longer maps");
            }
            return m.rows();
        } catch (IOException e) {
            throw new IllegalStateException("stored bundle " + bundle.id + " is unreadable", e);
        }
    }

    private VersionView view(BaselineBundle b) {
        return new VersionView(b.authorityCode, directory.tree().nameOf(b.authorityCode), b.authorityLevel, b.baselineName, b.version, b.effectiveFrom,
                b.receivedAt, b.kid);
    }
}
