/** {@code clearsite serve}: starting the web application. */
package org.clearsite.cli.web;
