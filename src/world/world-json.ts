import { z } from 'zod/mini'
import { attendeeSchema, conversationSchema, sessionSchema, settingsSchema, userSchema } from './schemas.js'

const sessionJson = z.strictObject(z.partial(z.omit(sessionSchema, { attendeeId: true })).shape)
const attendeeJson = z.strictObject({
  ...z.partial(z.omit(attendeeSchema, { token: true })).shape,
  sessions: z.optional(z.array(sessionJson)),
})
const conversationJson = z.strictObject({
  ...z.partial(conversationSchema).shape,
  token: conversationSchema.shape.token,
  // No default here: a missing value means "derive it from the sessions in the call".
  activeSince: z.optional(z.nullable(z.int())),
  attendees: z.optional(z.array(attendeeJson)),
})

export const worldJsonSchema = z.strictObject({
  clock: z.optional(z.union([z.int().check(z.gte(0)), z.iso.datetime({ offset: true })])),
  viewer: z.optional(z.nullable(z.string())),
  settings: z.optional(z.strictObject(z.partial(settingsSchema).shape)),
  users: z.optional(z.array(z.strictObject({ ...z.partial(userSchema).shape, id: userSchema.shape.id }))),
  conversations: z.optional(z.array(conversationJson)),
})

export type WorldJson = z.input<typeof worldJsonSchema>
