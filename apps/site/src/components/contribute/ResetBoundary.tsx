// Catches a crash in a page's client state (/bidra, /lista) and offers "Börja om", which
// clears only that page's stored state, so a reader is never locked out of the page until
// they clear all of the site's data.
import ErrorBoundary from "@docusaurus/ErrorBoundary";
import { useEffect, useRef, type ReactNode } from "react";
import styles from "./contribute.module.css";

interface Props {
  children: ReactNode;
  /** What "Börja om" clears, in words, e.g. "Utkastet sparas undan i webbläsaren." */
  resetText: string;
  /** Clears the page's stored state; the page is then rendered again. */
  onReset: () => void;
}

function Fallback({ resetText, onReset, tryAgain }: Omit<Props, "children"> & { tryAgain: () => void }) {
  const button = useRef<HTMLButtonElement>(null);
  // Keyboard and screen-reader users land on the way out.
  useEffect(() => button.current?.focus(), []);
  return (
    <div className={styles.notice} role="alert">
      <p>
        <strong>Något gick fel när sidan skulle visas.</strong> Det kan bero på uppgifter som är sparade i den här webbläsaren eller i
        adressen. {resetText}
      </p>
      <button
        ref={button}
        type="button"
        className="button button--primary"
        onClick={() => {
          onReset();
          tryAgain();
        }}
      >
        Börja om
      </button>
    </div>
  );
}

export default function ResetBoundary({ children, resetText, onReset }: Props) {
  return (
    <ErrorBoundary fallback={({ tryAgain }) => <Fallback resetText={resetText} onReset={onReset} tryAgain={tryAgain} />}>
      {children}
    </ErrorBoundary>
  );
}
