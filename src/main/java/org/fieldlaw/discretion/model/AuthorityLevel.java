package org.fieldlaw.discretion.model;

/** Who issued a baseline: provincial departments publish, cities refine, counties refine further. */
public enum AuthorityLevel {
    PROVINCE, CITY, COUNTY
}
