export type Notification = {
  id: number;
  /** conflict.opened, conflict.decided, filing.expiring, filing.expired, … */
  kind: string;
  title: string;
  entityType: string | null;
  entityId: string | null;
  read: boolean;
  createdAt: string;
};

export type NotificationList = { items: Notification[]; unread: number };
