/** Exceptions every capability throws with a message meant for people; the web layer maps each to one HTTP status. */
package com.insightiq.platform.control;
