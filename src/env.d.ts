/** True only in the e2e build: the sidebar's shadow root is open so tests can look inside. */
declare const __OPEN_SHADOW__: boolean;
