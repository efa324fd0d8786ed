/** Undoes what a connect function subscribed to. */
export type Dispose = () => void;
