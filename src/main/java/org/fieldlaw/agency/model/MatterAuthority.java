package org.fieldlaw.agency.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * May a body act on an enforcement matter on a date (APL Art 24, 粤府函〔2020〕136号)?
 *
 * <p>A town office holds only the matters devolved to its town, from the county's start date
 * until they are taken back. A county or city bureau is the original holder of the matters in
 * the catalogue; where a matter is devolved to a town, the county still keeps cross-area and
 * major-impact cases, so the county's answer stays yes.
 */
public final class MatterAuthority {

    public enum Reason {
        ORIGINAL_HOLDER("县级以上主管部门为原权力主体", "the county- or city-level body holds the matter itself"),
        DEVOLVED("该事项已下放本镇街并在该日生效", "the matter is devolved to the town and in force on that date"),
        NOT_DEVOLVED("该事项未下放本镇街，应由县级主管部门办理", "the matter was never devolved to this town; the county body acts"),
        NOT_YET_IN_FORCE("该事项下放尚未生效", "the devolution of the matter takes effect after that date"),
        REVOKED("该事项已收回县级主管部门", "the matter was taken back by the county before that date");

        private final String zh;
        private final String en;

        Reason(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        public String zh() {
            return zh;
        }

        public String en() {
            return en;
        }
    }

    public record Decision(boolean allowed, Reason reason, Devolution basis) {
    }

    private MatterAuthority() {
    }

    /**
     * @param devolutions every devolution of {@code matterCode} to the body's town, past and present
     */
    public static Decision decide(BodyKind bodyKind, String matterCode, LocalDate day, List<Devolution> devolutions) {
        if (bodyKind != BodyKind.TOWN_OFFICE) {
            return new Decision(true, Reason.ORIGINAL_HOLDER, null);
        }
        List<Devolution> relevant = devolutions.stream()
                .filter(d -> d.matterCode().equals(matterCode))
                .sorted(Comparator.comparing(Devolution::effectiveFrom))
                .toList();
        Optional<Devolution> inForce = relevant.stream().filter(d -> d.inForceOn(day)).findFirst();
        if (inForce.isPresent()) {
            return new Decision(true, Reason.DEVOLVED, inForce.get());
        }
        if (relevant.isEmpty()) {
            return new Decision(false, Reason.NOT_DEVOLVED, null);
        }
        // The latest grant that began on or before the day was taken back; otherwise every grant lies ahead.
        Optional<Devolution> lastBefore = relevant.stream()
                .filter(d -> !d.effectiveFrom().isAfter(day))
                .reduce((first, second) -> second);
        return lastBefore
                .map(d -> new Decision(false, Reason.REVOKED, d))
                .orElseGet(() -> new Decision(false, Reason.NOT_YET_IN_FORCE, relevant.get(0)));
    }
}
