#include <cognito_fake/identity_provider.h>
#include <cognito_fake/operation.h>

#include <string>

namespace cognito_fake {

IdentityProvider::~IdentityProvider() = default;

#define COGNITO_FAKE_DEFAULT_BODY(Name)                                   \
  StatusOr<Name##Response> IdentityProvider::Name(const Name##Request&) { \
    return Status(ErrorCode::kUnimplemented,                              \
                  #Name " is not supported by this provider");            \
  }
COGNITO_FAKE_FOR_EACH_OPERATION(COGNITO_FAKE_DEFAULT_BODY)
#undef COGNITO_FAKE_DEFAULT_BODY

}  // namespace cognito_fake
