import type { ApolloClient, Reference } from '@apollo/client';

interface Page {
  edges: { node: Reference }[];
}

/** Puts a message (sent, or brought by a live event) at the top (newest first) of its loaded thread. */
export function addToThread(client: ApolloClient, conversationId: string, messageId: string): void {
  client.cache.modify<{ messages: Page }>({
    fields: {
      messages(existing, { storeFieldName, readField, toReference, isReference }) {
        if (isReference(existing) || !storeFieldName.includes(conversationId)) return existing;
        const page = existing as unknown as Page;
        if (page.edges.some((edge) => readField('id', edge.node) === messageId)) return existing;
        const node = toReference({ __typename: 'Message', id: messageId });
        if (!node) return existing;
        return { ...page, edges: [{ __typename: 'MessageEdge', cursor: '', node }, ...page.edges] } as typeof existing;
      },
    },
  });
}
