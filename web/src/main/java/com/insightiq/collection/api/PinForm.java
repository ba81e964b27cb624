package com.insightiq.collection.api;

/** Pin a question in the collection it is filed in. */
public record PinForm(Long questionId) {
}
