package com.insightiq.question.boundary;

/** A collection a question can be saved into, for the save dialog; {@code id} null is "Our analytics". */
public record CollectionChoice(Long id, String name) {
}
