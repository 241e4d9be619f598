#ifndef COGNITO_FAKE_MOCKS_H_
#define COGNITO_FAKE_MOCKS_H_

/// @file
/// GoogleMock support (target `cognito_fake::mocks`): `MockIdentityProvider`,
/// which can delegate every call to a real provider (usually the fake), and
/// the gtest matchers of `cognito_fake/testing/matchers.h`. These two are
/// the only cognito_fake headers that include `<gmock/gmock.h>`.
///
/// ```cpp
/// cognito_fake::FakeIdentityProvider fake;
/// ::testing::NiceMock<cognito_fake::MockIdentityProvider> cognito;
/// cognito.DelegateToFake(fake);                 // real behaviour by default
/// EXPECT_CALL(cognito, AdminResetUserPassword)  // ... and one expectation
///     .WillOnce(::testing::Return(cognito_fake::Status(
///         cognito_fake::ErrorCode::kLimitExceeded, "Attempt limit exceeded, please try after some time.")));
/// ```

#include <cognito_fake/identity_provider.h>
#include <cognito_fake/testing/matchers.h>
#include <cognito_fake/operation.h>

#include <gmock/gmock.h>

namespace cognito_fake {

/// A GoogleMock of `IdentityProvider`: one `MOCK_METHOD` per operation.
///
/// Its constructor, destructor and DelegateToFake are compiled once, in the
/// `cognito_fake::mocks` library, not in every test that uses the mock (the
/// gmock cookbook's "Making the Compilation Faster"): they instantiate the
/// machinery of every mocked method.
class MockIdentityProvider : public IdentityProvider {
 public:
  MockIdentityProvider();
  ~MockIdentityProvider() override;

#define COGNITO_FAKE_MOCK_METHOD(Name) \
  MOCK_METHOD(StatusOr<Name##Response>, Name, (const Name##Request& request), (override));
  /// @cond
  COGNITO_FAKE_FOR_EACH_OPERATION(COGNITO_FAKE_MOCK_METHOD)
  /// @endcond
#undef COGNITO_FAKE_MOCK_METHOD

  /// Makes every method call `provider` by default (gmock's delegate-to-fake
  /// pattern): `ON_CALL(*this, X).WillByDefault(...)` for each operation.
  /// `EXPECT_CALL`s added afterwards still take precedence. `provider` must
  /// outlive the mock.
  void DelegateToFake(IdentityProvider& provider);
};

}  // namespace cognito_fake

/// @cond
// The NiceMock, NaggyMock and StrictMock of it are compiled once too, in the
// library: each one's vtable would otherwise instantiate every mocked method
// in every test that names it.
extern template class ::testing::NiceMock<::cognito_fake::MockIdentityProvider>;
extern template class ::testing::NaggyMock<::cognito_fake::MockIdentityProvider>;
extern template class ::testing::StrictMock<::cognito_fake::MockIdentityProvider>;
/// @endcond

#endif  // COGNITO_FAKE_MOCKS_H_
