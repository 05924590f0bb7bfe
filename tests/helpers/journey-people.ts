// The illustrative working group of the journeys test: four people from three agencies.
import { createAgency, type AgencyKind } from '../../server/accounts/agencies.ts';
import { updateProfile } from '../../server/accounts/users.ts';
import { makeUser, type TestUser } from './editor-setup.ts';
import type { TestServer } from './server.ts';

export interface JourneyPeople {
  amira: TestUser;
  ben: TestUser;
  rosa: TestUser;
  omar: TestUser;
}

function agency(server: TestServer, code: string, name: string, kind: AgencyKind): string {
  const made = createAgency(server.db, { code, name, kind });
  if (!made.ok) throw new Error(made.error);
  return made.agency.id;
}

/**
 * Use in beforeAll: the people exist before the journey starts (admins create them on the
 * Users page or with the CLI); the journey itself gives them roles.
 */
export async function makeJourneyPeople(server: TestServer): Promise<JourneyPeople> {
  const social = agency(
    server,
    'MSP',
    'Ministry of Social Protection (illustrative)',
    'government',
  );
  const education = agency(server, 'MOE', 'Ministry of Education (illustrative)', 'government');
  const ngo = agency(server, 'CPN', 'Child Protection Network (illustrative)', 'ngo');
  const person = async (name: string, agencyId: string): Promise<TestUser> => {
    const user = await makeUser(server, name);
    updateProfile(server.db, user.id, { agencyId });
    return user;
  };
  return {
    amira: await person('Amira Editor', social),
    ben: await person('Ben Editor', education),
    rosa: await person('Rosa Reviewer', ngo),
    omar: await person('Omar Observer', education),
  };
}
