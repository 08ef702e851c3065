import type { User } from '../world/schemas.js'

/**
 * A user's status as others see it (the user_status app's `getUserStatuses`): an invisible
 * user shows as offline.
 * @example
 * visibleStatus({ status: 'invisible' }) // 'offline'
 */
export function visibleStatus(user: Pick<User, 'status'>): User['status'] {
  return user.status === 'invisible' ? 'offline' : user.status
}
