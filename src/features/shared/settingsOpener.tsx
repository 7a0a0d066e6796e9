/** Opening Settings from anywhere in the app (the empty chat's "Connect a model", the header). */
import { createContext, useContext } from 'react';

export const SettingsOpenerContext = createContext<() => void>(() => {});

export const useOpenSettings = () => useContext(SettingsOpenerContext);
