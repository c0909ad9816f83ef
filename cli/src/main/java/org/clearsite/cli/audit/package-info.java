/** {@code clearsite audit verify}. */
package org.clearsite.cli.audit;
