/**
 * Estate registers: the spreadsheets departments keep. Reads their rows through a {@link
 * org.clearsite.register.RegisterSource}, checks each one, and stores the accepted rows through the
 * {@link org.clearsite.register.RegisterStore} port in one transaction.
 */
package org.clearsite.register;
