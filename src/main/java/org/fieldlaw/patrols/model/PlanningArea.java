package org.fieldlaw.patrols.model;

/**
 * The planning area a site lies in, which names the article its case is brought under (Urban and
 * Rural Planning Law, docs/domain.md §6). Temporary construction is its own article wherever it stands.
 */
public enum PlanningArea {
    /** 城市、镇规划区: Art 64. */
    URBAN_OR_TOWN("64"),
    /** 乡、村庄规划区: Art 65. */
    TOWNSHIP_OR_VILLAGE("65");

    private final String article;

    PlanningArea(String article) {
        this.article = article;
    }

    /** The article of the Urban and Rural Planning Law a case about this site is brought under. */
    public String article(boolean temporaryConstruction) {
        return temporaryConstruction ? "66" : article;
    }
}
