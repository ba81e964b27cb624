/**
 * The collection browser (tree, header, pinned cards, items), the trash page, the sidebar's collection links and
 * bookmarks, and the "+ New → Collection" dialog. Views hold no rules: the collection boundaries decide.
 */
package com.insightiq.collection.view;
