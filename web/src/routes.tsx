import { Notifications } from '@mantine/notifications';
import { createBrowserRouter, Navigate, Outlet, RouterProvider } from 'react-router';
import { LoginPage } from './auth/login-page';
import { RequireSession } from './auth/session';
import { AgentsPage } from './pages/agents/agents-page';
import { AiTechnologiesPage } from './pages/ai/ai-technologies-page';
import { CallPage } from './pages/calls/call-page';
import { CallsPage } from './pages/calls/calls-page';
import { CompaniesPage } from './pages/companies/companies-page';
import { ContactsPage } from './pages/contacts/contacts-page';
import { CopilotAdminPage } from './pages/copilot/copilot-admin-page';
import { DealPage } from './pages/deals/deal-page';
import { DealsPage } from './pages/deals/deals-page';
import { FeedPage } from './pages/feed/feed-page';
import { GovernancePage } from './pages/governance/governance-page';
import { InsightsPage } from './pages/insights/insights-page';
import { NotFoundPage } from './pages/not-found-page';
import { SettingsPage } from './pages/settings/settings-page';
import { TasksPage } from './pages/tasks/tasks-page';
import { Shell } from './shell/shell';

/** Notifications live inside the router so that a notification may hold a link. */
function Root() {
  return (
    <>
      <Notifications position="bottom-right" />
      <Outlet />
    </>
  );
}

const router = createBrowserRouter([
  {
    element: <Root />,
    children: [
      { path: '/login', element: <LoginPage /> },
      {
        path: '/',
        element: (
          <RequireSession>
            <Shell />
          </RequireSession>
        ),
        children: [
          { index: true, element: <Navigate to="/deals" replace /> },
          { path: 'deals', element: <DealsPage /> },
          { path: 'deals/:id', element: <DealPage /> },
          { path: 'tasks', element: <TasksPage /> },
          { path: 'tasks/:id', element: <TasksPage /> },
          { path: 'calls', element: <CallsPage /> },
          { path: 'calls/:id', element: <CallPage /> },
          { path: 'contacts', element: <ContactsPage /> },
          { path: 'contacts/:id', element: <ContactsPage /> },
          { path: 'companies', element: <CompaniesPage /> },
          { path: 'companies/:id', element: <CompaniesPage /> },
          { path: 'feed', element: <FeedPage /> },
          { path: 'settings', element: <SettingsPage /> },
          { path: 'ai', element: <AiTechnologiesPage /> },
          { path: 'governance', element: <GovernancePage /> },
          { path: 'insights', element: <InsightsPage /> },
          { path: 'agents', element: <AgentsPage /> },
          { path: 'copilot', element: <CopilotAdminPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
