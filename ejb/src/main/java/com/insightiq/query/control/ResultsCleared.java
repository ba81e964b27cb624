package com.insightiq.query.control;

import com.insightiq.tenancy.entity.Slug;

/** CDI event: every cached result of {@code tenant} was dropped; what was made of them must go too. */
public record ResultsCleared(Slug tenant) {
}
