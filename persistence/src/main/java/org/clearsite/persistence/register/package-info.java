/** Stores imported registers: devices, their history and the observations behind them. */
package org.clearsite.persistence.register;
