/**
 * The shell every page shares: theme and sidebar, who is signed in, where links point, how outcomes are shown. Views
 * here and in the capabilities' view packages call boundaries and show what they answer; they never decide a rule.
 */
package com.insightiq.platform.view;
