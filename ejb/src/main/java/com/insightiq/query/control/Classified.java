package com.insightiq.query.control;

import java.util.List;

/** PLACEHOLDER (templates branch owns this): what kind of statement a SQL text is and the tables it reads. */
public record Classified(String kind, List<String> tables) {
}
