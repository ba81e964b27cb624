package com.insightiq.collection.boundary;

/** A place the caller may file something in, labelled with its path ("Our analytics / Sales / EU"); id null: root. */
public record CollectionChoice(Long id, String label) {
}
