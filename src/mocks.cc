// MockIdentityProvider's out-of-line members: compiled once here instead of
// in every test translation unit that includes cognito_fake/mocks.h.

#include <cognito_fake/mocks.h>

namespace cognito_fake {

MockIdentityProvider::MockIdentityProvider() = default;
MockIdentityProvider::~MockIdentityProvider() = default;

void MockIdentityProvider::DelegateToFake(IdentityProvider& provider) {
#define COGNITO_FAKE_DELEGATE(Name)                                               \
  ON_CALL(*this, Name).WillByDefault([&provider](const Name##Request& request) { \
    return provider.Name(request);                                                \
  });
  COGNITO_FAKE_FOR_EACH_OPERATION(COGNITO_FAKE_DELEGATE)
#undef COGNITO_FAKE_DELEGATE
}

}  // namespace cognito_fake

template class ::testing::NiceMock<::cognito_fake::MockIdentityProvider>;
template class ::testing::NaggyMock<::cognito_fake::MockIdentityProvider>;
template class ::testing::StrictMock<::cognito_fake::MockIdentityProvider>;
