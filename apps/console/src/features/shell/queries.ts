import { graphql } from '../../gql';

/** Who is signed in and where they may go: what the home route and the tenant chooser need. */
export const MY_TENANTS = graphql(`
  query MyTenants {
    me {
      id
      displayName
      platformRoles
      permissions
      memberships {
        id
        role
        tenant {
          id
          slug
          nameJa
          nameEn
        }
      }
    }
  }
`);

export const ALL_TENANTS = graphql(`
  query AllTenants {
    tenants {
      id
      slug
      nameJa
      nameEn
    }
  }
`);

/** The shell of a tenant's pages: the user in this tenant (with what they may do) and the tenant. */
export const SHELL = graphql(`
  query Shell {
    me {
      id
      displayName
      email
      platformRoles
      permissions
      mfaEnabled
      memberships {
        id
        role
        tenant {
          id
          slug
          nameJa
          nameEn
        }
      }
    }
    tenant {
      id
      slug
      nameJa
      nameEn
      timezone
    }
  }
`);

export const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);
