/** Register files: CSV and XLSX estate registers read as rows for the register import. */
package org.clearsite.discovery.register;
