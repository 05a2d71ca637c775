/**
 * What a generated grid needs to run under load: its scenarios built from HCL values, the
 * command-line shortcuts for a default scenario, and the run itself on the runtime's load engine.
 */
package dev.burstgrid.lang.load;
