package org.fieldlaw.agency.model;

/** Kinds of enforcement body. */
public enum BodyKind {
    /** A town or sub-district's comprehensive enforcement office (镇街综合行政执法办公室). */
    TOWN_OFFICE,
    /** A county-level department (区/县级市 业务主管部门 or 综合执法局). */
    COUNTY_BUREAU,
    /** A city-level department (市 业务主管部门). */
    CITY_BUREAU
}
