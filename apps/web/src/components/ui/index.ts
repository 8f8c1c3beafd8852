export { Alert, Pill, VisuallyHidden, type Tone } from "./alert";
export { Button, buttonClass, type ButtonProps, type ButtonVariant } from "./button";
export { ConfirmButton } from "./confirm-button";
export { CopyButton, CopyField } from "./copy-button";
export { Field, controlClass } from "./field";
export { Panel } from "./panel";
export { ProgressBar } from "./progress-bar";
