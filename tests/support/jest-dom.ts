import '@testing-library/jest-dom';
import { resetQueries } from '../../admin-ui/src/data/use-query';

// Each test starts with an empty data layer (answers are cached by the store between renders).
afterEach( () => resetQueries() );
