/** The tamper-evident log of every change: who, when, what, before and after, and why. */
package org.clearsite.audit;
