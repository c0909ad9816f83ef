/** Departments own sites; a department's data is visible only to that department. */
package org.clearsite.department;
