/**
 * The door to saved questions: {@code Questions} (create, read, edit, duplicate, move, trash, pins, revisions, run and
 * chart reads). The tenant, the {@code question:*} permission and the collection's VIEW/CURATE right are checked
 * here once; runs hold no transaction while the query runs. Records in, records out — no entity leaves.
 */
package com.insightiq.question.boundary;
