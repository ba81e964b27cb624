package com.insightiq.collection.view;

import java.io.Serializable;

/** One node of the collection tree on the page: what it shows and where it links. */
public record TreeEntry(String id, String name, String icon, boolean current) implements Serializable {
}
