/**
 * A grid's inputs: its declared variables as the runtime sees them ({@link
 * dev.burstgrid.compiler.inputs.DeclaredVariables}), the values a user gives them from the
 * environment, variable files and {@code -var} ({@link dev.burstgrid.compiler.inputs.VariableSources}),
 * and the {@code validation} rules those values must pass ({@link
 * dev.burstgrid.compiler.inputs.VariableValidation}).
 */
package dev.burstgrid.compiler.inputs;
