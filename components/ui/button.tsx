import type { ButtonHTMLAttributes } from "react";

const variants = {
  primary: "bg-safety text-navy hover:bg-[#e07b14] disabled:opacity-50",
  secondary: "bg-navy text-white hover:bg-navy-light disabled:opacity-50",
  ghost: "bg-transparent text-navy underline hover:text-safety-dark",
};

export function buttonClass(variant: keyof typeof variants = "primary") {
  return `inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-4 py-2 font-bold uppercase tracking-wide transition-colors ${variants[variant]}`;
}

export function Button({
  variant = "primary",
  className = "",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof variants }) {
  return <button className={`${buttonClass(variant)} ${className}`} {...props} />;
}
