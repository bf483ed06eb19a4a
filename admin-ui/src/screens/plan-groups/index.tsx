import { NotBuiltYet } from '../../components/not-built-yet';

export default function Screen() {
	return <NotBuiltYet />;
}
