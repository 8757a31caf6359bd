import { createRoot } from 'react-dom/client';
import '@/components/common/base.css';
import { requestPersistentStorage } from '@/lib/hooks/db';
import { DashboardApp } from './DashboardApp';

void requestPersistentStorage();
createRoot(document.getElementById('root')!).render(<DashboardApp />);
