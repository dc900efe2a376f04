package org.fieldlaw.discretion.model;

/** What a standard yields once the bases of the case are known. */
public sealed interface Computed {

    /** A range of yuan, with how it was reached. */
    record Amount(Range range, String explanation) implements Computed {
    }

    /** The standard needs an amount the officer has not given (construction cost, illegal gains ...). */
    record NeedsBase(String base, String explanation) implements Computed {
    }

    /** An order or a non-monetary penalty: nothing to compute. */
    record NotMonetary(String explanation) implements Computed {
    }
}
