package org.fieldlaw.agency.model;

/** Levels of the jurisdiction tree: 省 > 市 > 县级 (区/县级市) > 镇街 (镇/街道). */
public enum JurisdictionLevel {
    PROVINCE, CITY, COUNTY, TOWN
}
