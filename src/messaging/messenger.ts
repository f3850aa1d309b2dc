/**
 * The one typed messenger all extension parts use. Backed by
 * @webext-core/messaging, so every send and listener is checked against
 * `ProtocolMap` at compile time.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';

import type { ProtocolMap } from './protocol';

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
