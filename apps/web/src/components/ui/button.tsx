import type { ButtonHTMLAttributes } from "react";
import styles from "./ui.module.css";

export type ButtonVariant = "primary" | "secondary" | "danger" | "danger-solid" | "ghost";
export type ButtonSize = "small" | "medium" | "large";

const variantClass: Record<ButtonVariant, string | undefined> = {
  primary: styles.primary,
  secondary: undefined,
  danger: styles.danger,
  "danger-solid": styles.dangerSolid,
  ghost: styles.ghost,
};
const sizeClass: Record<ButtonSize, string | undefined> = {
  small: styles.small,
  medium: undefined,
  large: styles.large,
};

/** Class names for a button look on another element (a link that opens a new tab). */
export function buttonClass(
  variant: ButtonVariant = "secondary",
  size: ButtonSize = "medium",
): string {
  return [styles.button, variantClass[variant], sizeClass[size]].filter(Boolean).join(" ");
}

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: ButtonSize;
}

export function Button({ variant, size, className, type = "button", ...rest }: ButtonProps) {
  return (
    <button
      type={type}
      className={[buttonClass(variant, size), className].filter(Boolean).join(" ")}
      {...rest}
    />
  );
}
